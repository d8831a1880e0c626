/**
 * Small servers that answer like the static hosts the README names, for the
 * built site in a folder. Only what the hosts do by default is modelled:
 *
 * - `bucket`: object-storage website hosting (Alibaba OSS, Tencent COS, AWS S3)
 *   with index document index.html and error document 404.html: a key is served
 *   as it is; `x/` serves `x/index.html`; `x` with no object but a folder
 *   `x/index.html` is a 302 to `x/` (S3 and OSS with sub-folder index pages);
 *   no other rewrite (no `x → x.html`); anything else is 404.html with status 404.
 * - `nginx`: `try_files $uri $uri/ =404; error_page 404 /404.html;` with `index index.html`:
 *   a file, else the folder's index.html (internally, no redirect), else 404.html.
 * - `github-pages`: `x/` serves `x/index.html`; `x` serves `x.html` when there is
 *   one, a file `x`, or a 301 to `x/` for a folder; else 404.html with status 404.
 */
import { createServer, type ServerResponse } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, resolve, sep } from "node:path";
import type { AddressInfo } from "node:net";

export type HostKind = "bucket" | "nginx" | "github-pages";
export const HOSTS: HostKind[] = ["bucket", "nginx", "github-pages"];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

export interface Host {
  url: string;
  /** Every request's path and the status it got, in order. */
  log: { path: string; status: number }[];
  close(): Promise<void>;
}

export async function serveAs(kind: HostKind, dir: string): Promise<Host> {
  const root = resolve(dir);
  const log: Host["log"] = [];
  const isFile = (rel: string) => {
    const file = resolve(root, rel);
    return (file === root || file.startsWith(root + sep)) && existsSync(file) && statSync(file).isFile() ? file : null;
  };
  const send = (res: ServerResponse, status: number, file: string) => {
    res.writeHead(status, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  };
  const server = createServer((req, res) => {
    const raw = (req.url ?? "/").split("?")[0];
    let path: string;
    try {
      path = decodeURIComponent(raw);
    } catch {
      path = "/\u0000";
    }
    const rel = path.replace(/^\/+/u, "");
    const done = (status: number) => log.push({ path: raw, status });
    const redirect = (status: number) => {
      done(status);
      res.writeHead(status, { Location: `${raw}/` });
      res.end();
    };
    const notFound = () => {
      done(404);
      const page = isFile("404.html");
      if (page) send(res, 404, page);
      else res.writeHead(404).end("Not Found");
    };
    const serve = (file: string) => {
      done(200);
      send(res, 200, file);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return notFound();
    if (path.endsWith("/")) {
      const index = isFile(`${rel}index.html`);
      return index ? serve(index) : notFound();
    }
    const file = isFile(rel);
    if (kind === "github-pages") {
      const html = isFile(`${rel}.html`);
      if (html) return serve(html);
      if (file) return serve(file);
      return isFile(`${rel}/index.html`) ? redirect(301) : notFound();
    }
    if (file) return serve(file);
    const index = isFile(`${rel}/index.html`);
    if (!index) return notFound();
    return kind === "bucket" ? redirect(302) : serve(index);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    log,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

export { DIST } from "./browser";

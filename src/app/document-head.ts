/**
 * The head of the current page from the routes' `head` options, deepest route
 * first: the build writes it into each page, and the app keeps `document.title`,
 * the canonical link and the Open Graph tags in step on every navigation.
 */
import type { AnyRouter } from "@tanstack/react-router";
import { NOT_FOUND_HEAD, SITE_TITLE } from "./page-head";
import { HEAD_ATTR } from "../shared/page-meta";

export interface HeadTag {
  tag: "meta" | "link";
  /** name or property of a meta, rel of a link */
  key: string;
  attrs: Record<string, string>;
}

export interface DocumentHead {
  title: string;
  tags: HeadTag[];
}

/** Did the router end on a 404 (no route, or a route whose data does not exist)? */
export const isNotFound = (router: AnyRouter) => router.state.matches.some((m) => m.status === "notFound" || m._notFound);

export function documentHead(router: AnyRouter): DocumentHead {
  if (isNotFound(router))
    return {
      title: NOT_FOUND_HEAD.title,
      tags: [{ tag: "meta", key: "description", attrs: { name: "description", content: NOT_FOUND_HEAD.description } }],
    };
  let title: string | undefined;
  const tags = new Map<string, HeadTag>();
  for (const m of [...router.state.matches].reverse()) {
    for (const meta of m.meta ?? []) {
      if (!meta) continue;
      if (meta.title) title ??= meta.title;
      const key = meta.name ?? meta.property;
      if (key && typeof meta.content === "string" && !tags.has(`meta:${key}`))
        tags.set(`meta:${key}`, { tag: "meta", key, attrs: { [meta.name ? "name" : "property"]: key, content: meta.content } });
    }
    for (const link of m.links ?? []) {
      if (link?.rel && link.href && !tags.has(`link:${link.rel}`))
        tags.set(`link:${link.rel}`, { tag: "link", key: link.rel, attrs: { rel: link.rel, href: link.href } });
    }
  }
  return { title: title ?? SITE_TITLE, tags: [...tags.values()] };
}

/** Put a page's head into the document: the title, and the tags of the previous page replaced. */
export function applyHead(head: DocumentHead): void {
  if (document.title !== head.title) document.title = head.title;
  const old = document.head.querySelectorAll(`[${HEAD_ATTR}]`);
  const next = head.tags.map((t) => {
    const el = document.createElement(t.tag);
    for (const [k, v] of Object.entries(t.attrs)) el.setAttribute(k, v);
    el.setAttribute(HEAD_ATTR, "");
    return el;
  });
  const same = old.length === next.length && next.every((el, i) => el.outerHTML === old[i].outerHTML);
  if (same) return;
  old.forEach((el) => el.remove());
  document.head.append(...next);
}

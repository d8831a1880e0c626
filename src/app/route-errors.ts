import { notFound } from "@tanstack/react-router";
import { NotFoundError } from "./data";

/** Missing data becomes the router's 404; any other failure stays an error (with retry). */
export function routeNotFound(e: unknown): never {
  if (e instanceof NotFoundError) throw notFound();
  throw e;
}

import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";

afterEach(() => cleanup());

// jsdom has no scrolling; the router restores scroll positions.
window.scrollTo = () => {};
Element.prototype.scrollIntoView = function () {};

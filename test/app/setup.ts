import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";
import { cleanup, configure } from "@testing-library/react";

afterEach(() => cleanup());

// findBy…/waitFor wait for a state, never for luck: on a busy 2-core machine the state may take seconds.
configure({ asyncUtilTimeout: 30_000 });

// jsdom has no scrolling; the router restores scroll positions.
window.scrollTo = () => {};
Element.prototype.scrollIntoView = function () {};

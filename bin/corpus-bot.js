#!/usr/bin/env node
// The installed entry point. TypeScript runs through tsx's loader, so a fresh
// `npm ci` is enough: there is no build step to forget.
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");

// The entry of the article worker thread (see off-thread-build.ts): TypeScript runs through tsx here too.
import { register } from "tsx/esm/api";

register();
await import("./article-worker-main.ts");

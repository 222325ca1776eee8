// The entry of the extraction worker thread: TypeScript runs through tsx here too.
import { register } from "tsx/esm/api";

register();
await import("./extraction-worker-main.ts");

// The store the settings ask for: a PostgreSQL server when DATABASE_URL is set, else the embedded one in
// the data folder; brought up to the current schema before anything uses it.
import { openEmbeddedStore } from "./embedded-store.js";
import { migrate } from "./migrations.js";
import { openServerStore } from "./server-store.js";
import type { Store } from "./store.js";

export type StoreSetting = { databaseUrl: string } | { dataDir: string };

export async function openStore(setting: StoreSetting): Promise<Store> {
  const store = "databaseUrl" in setting ? await openServerStore(setting.databaseUrl) : await openEmbeddedStore(setting.dataDir);
  try {
    await migrate(store);
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  return store;
}

// Settings read from the environment: defaults that hold on a fresh machine, and where the cache goes.
import { homedir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "../src/config.js";

describe("the corpus cache folder", () => {
  it("is the user's cache folder by default, never the working directory", () => {
    expect(readConfig({}).CORPUS_CACHE_DIR).toBe(join(homedir(), ".cache", "corpus-bot"));
    expect(readConfig({ XDG_CACHE_HOME: "/var/cache/newsroom" }).CORPUS_CACHE_DIR).toBe("/var/cache/newsroom/corpus-bot");
  });

  it("is where CORPUS_CACHE_DIR says, or none with off", () => {
    expect(readConfig({ CORPUS_CACHE_DIR: "/srv/bot-cache" }).CORPUS_CACHE_DIR).toBe("/srv/bot-cache");
    expect(readConfig({ CORPUS_CACHE_DIR: "off" }).CORPUS_CACHE_DIR).toBe("off");
  });
});

describe("bad settings", () => {
  it("name the variable without echoing its value", () => {
    try {
      readConfig({ SLACK_BOT_TOKEN: "not-a-token-secret" });
      expect.fail("expected a ConfigError");
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect(String(error)).toContain("SLACK_BOT_TOKEN");
      expect(String(error)).not.toContain("not-a-token-secret");
    }
  });
});

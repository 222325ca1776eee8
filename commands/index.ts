// Every slash command, in the order /help lists them. A test checks that each file in commands/ is here.
import type { AnyCommand } from "../src/core/command.js";
import ask from "./ask.js";
import sources from "./sources.js";
import help from "./help.js";
import reload from "./reload.js";
import timeline from "./timeline.js";
import whoSaid from "./who-said.js";
import quotes from "./quotes.js";
import speakers from "./speakers.js";
import add from "./add.js";
import stats from "./stats.js";
import corrections from "./corrections.js";

const commands: readonly AnyCommand[] = [ask, sources, help, whoSaid, quotes, speakers, timeline, reload, add, stats, corrections];

export default commands;

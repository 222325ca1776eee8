// Who counts as a moderator on Discord: a member with the Manage Server permission (what /reload is
// registered to require), or, when DISCORD_MODERATOR_ROLE is set, a member holding that role (id or name).
// Server admins can grant a role the command under Server Settings → Integrations; the core still refuses
// anyone this check turns away.
import { PermissionFlagsBits, Routes, type APIRole, type ChatInputCommandInteraction } from "discord.js";

const ROLE_ID = /^\d{15,22}$/;

export async function isDiscordModerator(interaction: ChatInputCommandInteraction, moderatorRole: string | undefined): Promise<boolean> {
  const member = interaction.member;
  // In a direct message there is no server to moderate.
  if (!member || !interaction.guildId) return false;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  const wanted = moderatorRole?.trim();
  if (!wanted) return false;
  const held = Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
  if (ROLE_ID.test(wanted)) return held.includes(wanted);
  const names = await roleNames(interaction);
  return held.some((id) => names.get(id)?.toLowerCase() === wanted.toLowerCase());
}

/** Role id → name in the interaction's server: from the cache the Guilds intent fills, else from the API. */
async function roleNames(interaction: ChatInputCommandInteraction): Promise<Map<string, string>> {
  const cached = interaction.guild?.roles.cache;
  if (cached && cached.size > 0) return new Map(cached.map((r) => [r.id, r.name]));
  const roles = (await interaction.client.rest.get(Routes.guildRoles(interaction.guildId ?? ""))) as APIRole[];
  return new Map(roles.map((r) => [r.id, r.name]));
}

// Effort for people. Kept apart from lib/catalog/effort.ts (which builds SQL
// with Prisma) so client components can format hours without that module.

/** "≈ 6 h", "≈ 45 min": an effort for people, rounded to what an estimate can claim. */
export function formatEffort(minutes: number): string {
  if (minutes < 60) return `≈ ${Math.max(0, Math.round(minutes))} min`;
  const hours = minutes / 60;
  return `≈ ${hours < 10 ? Math.round(hours * 2) / 2 : Math.round(hours)} h`;
}

/** Built by explorer/vite.config.ts from the world-countries data: alpha-2 code → numeric code and a point inside. */
declare module 'virtual:countries' {
  const codes: Record<string, { numeric: string | null; lat: number; lng: number }>;
  export default codes;
}

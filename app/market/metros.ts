// The metros shown on role pages. OFLC publishes wage floors for 530 areas; the pages
// show the ten that the shipped areas.json marks as tier 1 (the
// h1b-wage-visualizer project's grouping of the largest markets). Other metros are
// available through findRange({ areaCode }).

export const TOP_METRO_CODES = [
  "41860", // San Francisco-Oakland-Fremont, CA
  "41940", // San Jose-Sunnyvale-Santa Clara, CA
  "42660", // Seattle-Tacoma-Bellevue, WA
  "35620", // New York-Newark-Jersey City, NY-NJ
  "14460", // Boston-Cambridge-Newton, MA-NH
  "47900", // Washington-Arlington-Alexandria, DC-VA-MD-WV
  "31080", // Los Angeles-Long Beach-Anaheim, CA
  "16980", // Chicago-Naperville-Elgin, IL-IN
  "19100", // Dallas-Fort Worth-Arlington, TX
  "26420", // Houston-Pasadena-The Woodlands, TX
] as const;

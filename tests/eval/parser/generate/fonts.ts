// TrueType fonts from Debian's fonts-dejavu-core, fonts-liberation2 and fonts-noto-core,
// for the renderers that embed fonts themselves (pdfkit, pdf-lib, react-pdf).
export const FONTS = {
  sans: "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
  "sans-bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
  "sans-italic": "/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf",
  serif: "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
  "serif-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
  "serif-italic": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
  // DejaVu Sans Mono lacks Vietnamese letters; Liberation Mono has them.
  mono: "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
  "mono-bold": "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf",
  noto: "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
  "noto-bold": "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
  "noto-italic": "/usr/share/fonts/truetype/noto/NotoSans-Italic.ttf",
} as const;

export type FontName = keyof typeof FONTS;

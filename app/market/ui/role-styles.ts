// One colour per role, the same in the chart, the legend and the tables, so a reader
// follows a role by colour; stand-ins are grey and hatched, never a role's colour.

export interface RoleStyle {
  /** Fill of the middle-half band. */
  band: string;
  /** The median mark and the band's outline. */
  mark: string;
  /** Tailwind classes of the legend swatch and table markers (classes, not inline
   *  styles: the CSP allows no style attributes). */
  swatch: string;
  /** Tailwind classes of a badge naming this role. */
  badge: string;
}

export const ROLE_STYLES: [RoleStyle, RoleStyle] = [
  {
    band: "#b9e0da",
    mark: "#185a54",
    swatch: "bg-[#b9e0da] border-[#185a54]",
    badge: "bg-[#dff1ee] border-[#185a54] text-[#134743]",
  },
  {
    band: "#fcd9bd",
    mark: "#b4430c",
    swatch: "bg-[#fcd9bd] border-[#b4430c]",
    badge: "bg-[#feeadb] border-[#b4430c] text-[#8a3209]",
  },
];

export const STAND_IN_STYLE: RoleStyle = {
  band: "#f5f5f4",
  mark: "#78716c",
  swatch: "border-dashed border-[#78716c] bg-[repeating-linear-gradient(45deg,#f5f5f4_0_3px,#a8a29e_3px_5px)]",
  badge: "border-dashed border-stone-400 bg-white text-stone-600",
};

// The shipped public market data, parsed in memory with the product's importers (no
// database), so the evaluation places each offer against the same figures the app uses.
import { NATIONAL_AREA } from "~/market/select";
import type { PayFigureView } from "~/market/types";
import { shippedMarketData } from "../../fixtures/market/shipped";

export async function shippedFigures(): Promise<readonly PayFigureView[]> {
  return (await shippedMarketData()).figures;
}

export function metrosOf(figures: readonly PayFigureView[]): { areaCode: string; areaName: string }[] {
  const metros = new Map<string, string>();
  for (const figure of figures)
    if (figure.areaCode !== NATIONAL_AREA.code) metros.set(figure.areaCode, figure.areaName);
  return [...metros]
    .map(([areaCode, areaName]) => ({ areaCode, areaName }))
    .sort((a, b) => a.areaName.localeCompare(b.areaName));
}

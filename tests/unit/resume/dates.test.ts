import { describe, expect, it } from "vitest";
import { findDates, isMetadataText, monthIndex, parseDate, withoutDates } from "~/resume/dates";

describe("dates as resumes print them", () => {
  it.each([
    ["Sept 2018", "2018-09", "month-name"],
    ["June 2023", "2023-06", "month-name"],
    ["Dec. 2014", "2014-12", "month-name"],
    ["09/2018", "2018-09", "numeric"],
    ["2018-09", "2018-09", "iso"],
    ["2021", "2021", "year"],
    ["Present", "present", "present"],
  ])("reads %s as %s", (text, value, style) => {
    expect(parseDate(text)).toMatchObject({ value, style });
  });

  it.each([
    ["März 2021", "2021-03"],
    ["janv. 2019", "2019-01"],
    ["Okt. 2018", "2018-10"],
    ["settembre 2020", "2020-09"],
    ["mrt 2017", "2017-03"],
    ["febrero 2016", "2016-02"],
    ["dezembro 2015", "2015-12"],
  ])("reads the month name of another language: %s", (text, value) => {
    expect(parseDate(text)).toMatchObject({ value, style: "month-name" });
  });

  it("reads localised 'now' words and two-digit end years", () => {
    expect(findDates("Mai 2020 – heute")).toMatchObject({ start: { value: "2020-05" }, end: { value: "present" } });
    expect(findDates("sept. 2018 – en cours")).toMatchObject({
      start: { value: "2018-09" },
      end: { value: "present" },
    });
    expect(findDates("maart 2019 tot heden")).toMatchObject({ start: { value: "2019-03" }, end: { value: "present" } });
    expect(findDates("2019–21 · Hamburg")).toMatchObject({
      start: { value: "2019" },
      end: { value: "2021" },
      text: "2019–21",
    });
    expect(findDates("2019-08")).toMatchObject({ start: null, end: { value: "2019-08" } });
    expect(findDates("2010-12")).toMatchObject({ start: null, end: { value: "2010-12" } });
    expect(isMetadataText("2016–19")).toBe(true);
  });

  it("does not read everyday words as months", () => {
    expect(findDates("Rolled out 2020 plans")).toMatchObject({ start: null, end: { value: "2020" } });
    expect(parseDate("Gene 2020")).toBeNull();
  });

  it("reads month names that are English words only in a range of months or up to now", () => {
    expect(findDates("ago 2019 – mar 2021")).toMatchObject({ start: { value: "2019-08" }, end: { value: "2021-03" } });
    expect(findDates("mag 2020 – oggi")).toMatchObject({ start: { value: "2020-05" }, end: { value: "present" } });
    expect(findDates("set. 2018 - gen. 2020")).toMatchObject({
      start: { value: "2018-09" },
      end: { value: "2020-01" },
    });
    expect(isMetadataText("out 2017 – set 2019")).toBe(true);
    expect(findDates("Rolled out 2020 – 2021 plans")).toMatchObject({
      start: { value: "2020" },
      end: { value: "2021" },
    });
  });

  it("reads the words for now of Danish, Polish and the other month languages", () => {
    expect(findDates("maj 2020 – nu")).toMatchObject({ start: { value: "2020-05" }, end: { value: "present" } });
    expect(findDates("03.2019 – obecnie")).toMatchObject({ start: { value: "2019-03" }, end: { value: "present" } });
    expect(findDates("marts 2018 – i dag")).toMatchObject({ start: { value: "2018-03" }, end: { value: "present" } });
    expect(findDates("październik 2016 – teraz")).toMatchObject({
      start: { value: "2016-10" },
      end: { value: "present" },
    });
  });

  it("does not read words or numbers as dates", () => {
    expect(parseDate("Mayor 2020")).toBeNull();
    expect(parseDate("13/2020")).toBeNull();
    expect(parseDate("340")).toBeNull();
  });

  it("finds a range with en dash, hyphen or 'to', and open-ended ranges", () => {
    expect(findDates("Nexus AI – June 2023 – present")).toMatchObject({
      start: { value: "2023-06" },
      end: { value: "present" },
      text: "June 2023 – present",
    });
    expect(findDates("Jan 2015 - Present | New York, NY")).toMatchObject({
      start: { value: "2015-01" },
      end: { value: "present" },
    });
    expect(findDates("2014 to 2018")).toMatchObject({ start: { value: "2014" }, end: { value: "2018" } });
    expect(findDates("03/2019 – 11/2020")).toMatchObject({ start: { value: "2019-03" }, end: { value: "2020-11" } });
  });

  it("takes a lone date as an end date and drops a 'Grad.' prefix with it", () => {
    const found = findDates("Grad. May 2011| Kolkata, India");
    expect(found).toMatchObject({ start: null, end: { value: "2011-05" } });
    expect(withoutDates("Grad. May 2011| Kolkata, India", found!)).toBe("| Kolkata, India");
  });

  it("knows side-column text: dates, durations and places, alone or joined", () => {
    for (const text of [
      "June 2023 – present",
      "2 years 10 months",
      "Santa Clara, CA",
      "Istanbul, Türkiye",
      "Dec 2014 | Ithaca, NY",
      "Remote",
    ]) {
      expect(isMetadataText(text), text).toBe(true);
    }
    for (const text of ["Research Intern", "Nexus AI, Co-Founder & CTO", "Built 3 services in Go"]) {
      expect(isMetadataText(text), text).toBe(false);
    }
  });

  it("orders months, with present after any date", () => {
    expect(monthIndex("2020-01")! - monthIndex("2019-12")!).toBe(1);
    expect(monthIndex("present")).toBeGreaterThan(monthIndex("2099-12")!);
    expect(monthIndex(null)).toBeNull();
  });

  it("reads open ranges, placeholders, dotted months and other words for present", () => {
    expect(findDates("2023-09 —")).toMatchObject({ start: { value: "2023-09" }, end: { value: "present" } });
    expect(findDates("Since 2021")).toMatchObject({ start: { value: "2021" }, end: { value: "present" } });
    expect(findDates("Jan 20XX – Current")).toMatchObject({ start: { value: "20XX-01" }, end: { value: "present" } });
    expect(findDates("09.2019 – 12.2023")).toMatchObject({ start: { value: "2019-09" }, end: { value: "2023-12" } });
    for (const word of ["Now", "Today", "Heute", "actualidad"]) {
      expect(findDates(`Mar 2021 – ${word}`)?.end?.value, word).toBe("present");
    }
    expect(isMetadataText("2023-09 –")).toBe(true);
    expect(monthIndex("20XX-01")).toBeNull();
  });
});

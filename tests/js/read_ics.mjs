// Read an .ics from stdin with Mozilla's ical.js (the parser inside
// Thunderbird) and print its events as JSON, one object per VEVENT
// (with --jcal, read jCal, RFC 7265, which ical.js holds calendars in natively):
//   {uid, start, end, summary, description, location, url, attachments}
// start/end are ISO 8601 in UTC ("...Z"), or null when ical.js cannot place
// the time (a floating time, or a TZID it has no VTIMEZONE for) so that the
// Python side sees a disagreement instead of a silently shifted time.
// Errors go to stderr with exit status 1.
import ICAL from "ical.js";

function utc(time) {
  if (!time || time.isDate) return null;
  if (time.zone === ICAL.Timezone.localTimezone || time.zone?.tzid === "floating") return null;
  const u = time.convertToZone(ICAL.Timezone.utcTimezone);
  const pad = (n, w = 2) => String(n).padStart(w, "0");
  return `${pad(u.year, 4)}-${pad(u.month)}-${pad(u.day)}T${pad(u.hour)}:${pad(u.minute)}:${pad(u.second)}Z`;
}

const text = (component, name) => {
  const value = component.getFirstPropertyValue(name);
  return value == null ? null : String(value);
};

async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const data = Buffer.concat(chunks).toString("utf8");
  const parsed = process.argv.includes("--jcal") ? JSON.parse(data) : ICAL.parse(data);
  const roots = typeof parsed[0] === "string" ? [parsed] : parsed;
  const events = [];
  for (const jcal of roots) {
    const root = new ICAL.Component(jcal);
    for (const vtimezone of root.getAllSubcomponents("vtimezone")) {
      ICAL.TimezoneService.register(vtimezone);
    }
    for (const vevent of root.getAllSubcomponents("vevent")) {
      const event = new ICAL.Event(vevent);
      events.push({
        uid: event.uid,
        start: utc(event.startDate),
        end: utc(event.endDate),
        summary: event.summary ?? "",
        description: event.description ?? "",
        location: event.location ?? "",
        url: text(vevent, "url"),
        attachments: vevent.getAllProperties("attach").map((p) => String(p.getFirstValue())),
      });
    }
  }
  process.stdout.write(JSON.stringify(events) + "\n");
}

main().catch((error) => {
  process.stderr.write(`read_ics.mjs: ${error.name}: ${error.message}\n`);
  process.exit(1);
});

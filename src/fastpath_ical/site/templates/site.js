// Each item's time in the visitor's own zone, beside the program's.  The page says
// everything without this script; it only adds lines, as text, never markup.
(function () {
  "use strict";
  var main = document.getElementById("program");
  if (!main || typeof Intl !== "object" || !Intl.DateTimeFormat) {
    return;
  }
  var programZone = main.getAttribute("data-zone");
  var visitorZone;
  var mine;
  var theirs;

  function formats(zone) {
    return {
      time: new Intl.DateTimeFormat("en-GB", {
        timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23"
      }),
      parts: new Intl.DateTimeFormat("en-GB", {
        timeZone: zone, year: "numeric", month: "long", day: "numeric", weekday: "long"
      }),
      numeric: new Intl.DateTimeFormat("en-GB", {
        timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit"
      })
    };
  }

  function part(parts, type) {
    for (var i = 0; i < parts.length; i += 1) {
      if (parts[i].type === type) {
        return parts[i].value;
      }
    }
    return "";
  }

  // 2021-03-29: the visitor's date of an instant, comparable with the page's data-date.
  function isoDate(format, date) {
    var parts = format.numeric.formatToParts(date);
    return part(parts, "year") + "-" + part(parts, "month") + "-" + part(parts, "day");
  }

  // Monday 29 March
  function longDate(format, date) {
    var parts = format.parts.formatToParts(date);
    return part(parts, "weekday") + " " + part(parts, "day") + " " + part(parts, "month");
  }

  function days(fromIso, toIso) {
    return Math.round((Date.parse(toIso + "T00:00:00Z") - Date.parse(fromIso + "T00:00:00Z")) / 864e5);
  }

  try {
    visitorZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    mine = formats(visitorZone);
    theirs = formats(programZone);
  } catch (error) {
    return;
  }
  if (!visitorZone) {
    return;
  }

  var whens = main.querySelectorAll(".when[data-start]");
  var same = true;
  var i;
  for (i = 0; i < whens.length; i += 1) {
    var instant = new Date(whens[i].getAttribute("data-start"));
    if (mine.time.format(instant) !== theirs.time.format(instant) ||
        isoDate(mine, instant) !== isoDate(theirs, instant)) {
      same = false;
    }
  }

  var banner = document.getElementById("your-zone");
  if (same) {
    if (banner) {
      banner.textContent = "Your time zone, " + visitorZone +
        ", shows the same clock times as the program's.";
      banner.hidden = false;
    }
    return;
  }

  for (i = 0; i < whens.length; i += 1) {
    var when = whens[i];
    var start = new Date(when.getAttribute("data-start"));
    var end = new Date(when.getAttribute("data-end"));
    var line = when.parentNode.querySelector(".local");
    if (!line || isNaN(start.getTime()) || isNaN(end.getTime())) {
      continue;
    }
    var startDate = isoDate(mine, start);
    var endDate = isoDate(mine, end);
    var text = "Your time: " + mine.time.format(start) + "–" + mine.time.format(end);
    var after = days(startDate, endDate);
    if (after > 0 && !(after === 1 && mine.time.format(end) === "00:00")) {
      text += " (+" + after + (after === 1 ? " day)" : " days)");
    }
    line.textContent = text;
    var shift = days(when.getAttribute("data-date"), startDate);
    if (shift !== 0) {
      var mark = document.createElement("strong");
      mark.className = "other-date";
      mark.textContent = longDate(mine, start) + (
        shift === 1 ? " (a day later)" : shift === -1 ? " (a day earlier)" :
        shift > 0 ? " (" + shift + " days later)" : " (" + (-shift) + " days earlier)");
      line.appendChild(document.createTextNode(", "));
      line.appendChild(mark);
      line.setAttribute("data-other-date", startDate);
    }
    line.hidden = false;
  }
  if (banner) {
    banner.textContent = "Each item also shows your time, in " + visitorZone +
      "; a highlighted date is a day other than the program's there.";
    banner.hidden = false;
  }
}());

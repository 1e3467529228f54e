// Flashpoint dashboard: the little behaviour the pages have. Everything works without it but the highlighting.
"use strict";

function eventsOf(mark) {
  return (mark.dataset.events || "").split(" ").filter(Boolean);
}

// Show one event's evidence in the text: its marks and its card get the "active" class.
function select(eventId, scroll) {
  document.querySelectorAll("mark.active, .card.active").forEach((el) => el.classList.remove("active"));
  const marks = Array.from(document.querySelectorAll("#text mark")).filter((m) => eventsOf(m).includes(eventId));
  marks.forEach((m) => m.classList.add("active"));
  const card = document.getElementById("event-" + eventId);
  if (card) card.classList.add("active");
  if (scroll && marks.length) marks[0].scrollIntoView({ block: "center" });
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll(".card[data-event]").forEach((card) => {
    card.addEventListener("click", () => select(card.dataset.event, true));
    card.addEventListener("keydown", (e) => { if (e.key === "Enter") select(card.dataset.event, true); });
  });
  document.querySelectorAll("#text mark").forEach((mark) => {
    mark.addEventListener("click", () => {
      const first = eventsOf(mark)[0];
      if (first) { select(first, false); document.getElementById("event-" + first).scrollIntoView({ block: "nearest" }); }
    });
  });
  const target = location.hash.startsWith("#event-") ? location.hash.slice(7) : null;
  if (target) select(target, true);
  document.querySelectorAll("select.autosubmit").forEach((s) => s.addEventListener("change", () => s.form.submit()));
});

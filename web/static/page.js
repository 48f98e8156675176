/* trustworkPage: work on the page's own elements that Python would do one element at a time.
 *
 * Each call from Python into the page crosses between wasm and JavaScript; a list of a
 * hundred moments formatted from Python took 10-20 ms of every page shown, and comparing
 * the page's regions and keeping what the person typed took as long again. Done here, each
 * is one crossing. Python renders the HTML; this only puts it in.
 */
(() => {
  "use strict";
  const formats = new Map();
  const REGION = "[data-region]";
  const FORM_CONTROLS =
    "form[data-form] input[name], form[data-form] textarea, form[data-form] select";
  // What each region of the page holds now, as the browser read it when it was put in; ""
  // is the frame around the regions.
  const shown = new Map();

  /** A form control, known by its form and name (and a checkbox by its value), so that its
   *  copy in newly rendered HTML is found again. */
  const controlKey = (element) => {
    const data = element.form.dataset;
    return ["form", "record", "kind", "team"].map((name) => data[name] || "").join("|")
      + "|" + element.name + "|" + (element.type === "checkbox" ? element.value : "");
  };

  /** The option a select showed as rendered: the one marked selected, else the first. */
  const renderedIndex = (select) => {
    for (let index = 0; index < select.options.length; index++) {
      if (select.options[index].defaultSelected) return index;
    }
    return 0;
  };

  /** What the person typed into a form and not yet sent: a new render (a save finishing,
   *  others' changes coming in) must not wipe it. */
  const typedValues = (roots) => {
    const typed = new Map();
    for (const root of roots) {
      for (const element of root.querySelectorAll(FORM_CONTROLS)) {
        const kind = element.type;
        if (kind === "checkbox") {
          if (element.checked !== element.defaultChecked) typed.set(controlKey(element), element.checked);
        } else if (kind === "select-one") {
          if (element.selectedIndex !== renderedIndex(element)) typed.set(controlKey(element), element.value);
        } else if (kind !== "hidden" && kind !== "file" && element.value !== element.defaultValue) {
          // A file field's value cannot be set back: a new render asks for the file again.
          typed.set(controlKey(element), element.value);
        }
      }
    }
    return typed;
  };

  const restoreTypedValues = (root, typed) => {
    if (typed.size === 0) return;
    for (const element of root.querySelectorAll(FORM_CONTROLS)) {
      const key = controlKey(element);
      if (!typed.has(key)) continue;
      if (element.type === "checkbox") element.checked = typed.get(key);
      else element.value = typed.get(key);
    }
  };

  /** The form control the person is in (inside one of `regions`), its caret, selection and
   *  scroll; `restore` puts the focus back on its new copy. */
  const placeOf = (regions) => {
    const active = document.activeElement;
    if (!active || !active.matches(FORM_CONTROLS)
        || !regions.some((region) => region.contains(active))) {
      return { restore() {} };
    }
    const key = controlKey(active);
    // null where a control has no caret (a checkbox), missing on a select
    const selection = active.selectionStart == null ? null
      : [active.selectionStart, active.selectionEnd, active.selectionDirection];
    const scroll = [active.scrollTop, active.scrollLeft];
    return {
      restore(news) {
        for (const region of news) {
          for (const control of region.querySelectorAll(FORM_CONTROLS)) {
            if (controlKey(control) !== key) continue;
            control.focus({ preventScroll: true });
            if (selection) control.setSelectionRange(...selection);
            [control.scrollTop, control.scrollLeft] = scroll;
            return;
          }
        }
      },
    };
  };

  /** Puts the rendered app (`html`) into `app`, replacing only the regions whose HTML
   *  changed (all of it when the frame around them changed: another area, another
   *  language), keeping what the person typed and where they are typing. Returns the
   *  elements put in. */
  const putApp = (app, html) => {
    const template = document.createElement("template");
    template.innerHTML = html;
    // Each region is lifted out, leaving an empty copy of itself: what remains is the frame.
    const fresh = [];
    for (const element of template.content.querySelectorAll(REGION)) {
      const standIn = element.cloneNode(false);
      fresh.push([element.dataset.region, element, standIn, element.innerHTML]);
      element.replaceWith(standIn);
    }
    const frame = template.innerHTML;
    const whole = shown.get("") !== frame;
    let olds;
    let news;
    if (whole) {
      for (const [, element, standIn] of fresh) standIn.replaceWith(element);
      olds = [app];
      news = [app];
    } else {
      const changed = fresh.filter(([name, , , inner]) => shown.get(name) !== inner);
      olds = changed.map(([name]) => app.querySelector(`[data-region="${name}"]`));
      news = changed.map(([, element]) => element);
    }
    shown.clear();
    shown.set("", frame);
    for (const [name, , , inner] of fresh) shown.set(name, inner);
    const place = placeOf(olds);
    const typed = typedValues(olds);
    if (whole) app.replaceChildren(template.content);
    else olds.forEach((old, index) => old.replaceWith(news[index]));
    for (const element of news) restoreTypedValues(element, typed);
    place.restore(news);
    return news;
  };

  /** Puts `html` into the region named `name` alone (the search results while typing). */
  const putRegion = (name, html) => {
    const region = document.querySelector(`[data-region="${name}"]`);
    if (!region) return false;
    region.innerHTML = html;
    shown.set(name, region.innerHTML);  // as the browser reads it, like every region
    return true;
  };

  /** Moments (`<time datetime="…T…Z">`, kept in UTC) under `root`, written out in the
   *  person's own time zone, in `locale` (`nl-NL`, `en-GB`): day, month, year and time. */
  const showLocalTimes = (root, locale) => {
    let format = formats.get(locale);
    if (format === undefined) {
      format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
      formats.set(locale, format);
    }
    for (const element of root.querySelectorAll("time[datetime*='T']")) {
      const moment = new Date(element.getAttribute("datetime"));
      if (!Number.isNaN(moment.getTime())) element.textContent = format.format(moment);
    }
  };

  window.trustworkPage = Object.freeze({ putApp, putRegion, showLocalTimes });
})();

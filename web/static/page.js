/* trustworkPage: work on the page's own elements that Python would do one element at a time.
 *
 * Each call from Python into the page crosses between wasm and JavaScript; a list of a
 * hundred moments formatted from Python took 10-20 ms of every page shown. Done here, it is
 * one crossing.
 */
(() => {
  "use strict";
  const formats = new Map();

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

  window.trustworkPage = Object.freeze({ showLocalTimes });
})();

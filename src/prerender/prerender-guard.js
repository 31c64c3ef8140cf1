// Runs before the first paint (a blocking classic script: no inline script passes a strict CSP).
// index.html carries the default view prerendered: the Overview, in English, in the system's theme.
// A link to any other view (any query, as main.tsx decides too) hides it until the app draws the
// view asked for, and a chosen theme applies now, so a dark view never flashes light.
;(function () {
  var search = window.location.search
  if (search === '') return
  var root = document.documentElement
  root.setAttribute('data-prerender', 'hidden')
  var theme = /[?&]theme=(light|dark)(?:&|$)/.exec(search)
  if (theme) root.classList.add(theme[1])
})()

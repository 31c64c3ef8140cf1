/*
 * embed-host.js: sizes embedded Chongqing growth-pole dashboards to their content.
 *
 * Include it once on the page that frames the dashboard, as a file (never inline, so a host page
 * under a strict Content-Security-Policy needs only `script-src <dashboard origin>`):
 *
 *   <iframe src="https://dashboards.example/chongqing/?embed=1&amp;tab=nev" title="NEV ecosystem"
 *     width="100%" height="600" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups"
 *     referrerpolicy="strict-origin-when-cross-origin" data-cq-dashboard></iframe>
 *   <script src="https://dashboards.example/chongqing/embed-host.js" defer></script>
 *
 * The dashboard posts { type: "cq-dashboard:height", version: 1, height, view } whenever its
 * content's height changes. This script sets the height of the iframe that sent it, but only when
 *   - the iframe has the data-cq-dashboard attribute,
 *   - event.source is that iframe's own window (not another frame or a popup), and
 *   - event.origin is the origin of that iframe's src (so another site cannot resize it);
 * and the message has exactly this type and version, and a whole height in range. Anything else
 * is ignored. After resizing, the iframe fires a "cq-dashboard:resize" event whose detail is
 * { height, view }, for pages that want to follow the view.
 *
 * window.CqDashboardEmbed.send(iframe, command) sends a command to an embed, addressed to the
 * iframe's own origin. The embed obeys only if its URL names this page's origin in host=:
 *   CqDashboardEmbed.send(iframe, { type: "cq-dashboard:set-tab", tab: "finance" })
 *
 * Plain ES2017, no build step, no dependencies. Protocol and versioning: docs/embed.md.
 */
;(function () {
  'use strict'

  if (window.CqDashboardEmbed) return

  var VERSION = 1
  var HEIGHT_TYPE = 'cq-dashboard:height'
  var FRAME_SELECTOR = 'iframe[data-cq-dashboard]'
  // No dashboard view is taller than this; a larger number is a bug or an attack, not a size.
  var MAX_HEIGHT = 100000
  var MAX_VIEW_LENGTH = 4000

  // The origin the iframe was told to load; a frame without a src is not a dashboard. An <a>
  // resolves the URL as the browser does, without new URL()'s exception for a malformed one.
  function originOf(iframe) {
    if (!iframe.getAttribute('src')) return null
    var link = document.createElement('a')
    link.href = iframe.src
    return link.origin || null
  }

  function frameOf(source) {
    if (!source) return null
    var frames = document.querySelectorAll(FRAME_SELECTOR)
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === source) return frames[i]
    }
    return null
  }

  function readHeightMessage(data) {
    if (typeof data !== 'object' || data === null) return null
    if (data.type !== HEIGHT_TYPE || data.version !== VERSION) return null
    var height = data.height
    if (typeof height !== 'number' || !Number.isInteger(height) || height < 0 || height > MAX_HEIGHT) return null
    if (typeof data.view !== 'string' || data.view.length > MAX_VIEW_LENGTH) return null
    return { height: height, view: data.view }
  }

  // With box-sizing: border-box (a common reset) the height includes the frame's border and padding.
  function outerHeight(iframe, contentHeight) {
    var style = window.getComputedStyle(iframe)
    if (style.boxSizing !== 'border-box') return contentHeight
    var extra = ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce(function (sum, name) {
      return sum + (parseFloat(style[name]) || 0)
    }, 0)
    return contentHeight + extra
  }

  window.addEventListener('message', function (event) {
    var iframe = frameOf(event.source)
    if (!iframe || event.origin !== originOf(iframe)) return
    var message = readHeightMessage(event.data)
    if (!message) return
    // Through the CSSOM, which a Content-Security-Policy without 'unsafe-inline' still allows.
    iframe.style.height = outerHeight(iframe, message.height) + 'px'
    iframe.dispatchEvent(new CustomEvent('cq-dashboard:resize', { detail: message }))
  })

  function send(iframe, command) {
    if (!iframe || !iframe.contentWindow || typeof command !== 'object' || command === null) return false
    var origin = originOf(iframe)
    if (!origin || origin === 'null') return false
    iframe.contentWindow.postMessage(Object.assign({}, command, { version: VERSION }), origin)
    return true
  }

  Object.defineProperty(window, 'CqDashboardEmbed', {
    value: Object.freeze({ version: VERSION, send: send }),
  })
})()

// Runs in <head>, before the first paint: inside a partner site's frame the page drops its own title and
// page links (the partner site has its own) so the chat gets the room. The safety line stays.
(function () {
  'use strict';
  var framed;
  try { framed = window.self !== window.top; } catch (error) { framed = true; }
  if (framed) document.documentElement.classList.add('is-embedded');
})();

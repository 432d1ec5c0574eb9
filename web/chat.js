// Starts Web Chat: asks this server for a Direct Line token (and, in the embedded default, where the
// local Direct Line lives), then renders the chat into #chat. No CDN: webchat.js is served by the bot.
// Loaded in <head> without defer, so the token request runs while the browser is still compiling
// webchat.js (its biggest cost), instead of after it.
(function () {
  'use strict';
  var status;
  var container;
  var tokenUrl = new URL('/api/directline/token', window.location.href);
  var session = fetch(tokenUrl, { method: 'POST' }).then(function (response) {
    return response.json().then(function (body) {
      if (!response.ok) throw new Error(body && body.error ? body.error : 'The chat could not start.');
      return body;
    });
  });
  session.catch(function () {}); // reported once the page is ready, below

  function say(text, isProblem) {
    status.textContent = text;
    status.classList.toggle('chat-status--problem', !!isProblem);
  }

  // Calm colours with AA contrast; generous type; 44 px controls.
  var styleOptions = {
    accent: '#1d4f6e',
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    fontSizeSmall: '85%',
    backgroundColor: '#ffffff',
    bubbleBackground: '#f1f3f4',
    bubbleTextColor: '#1b1f23',
    bubbleBorderRadius: 6,
    bubbleFromUserBackground: '#1d4f6e',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 6,
    bubbleMaxWidth: 640,
    sendBoxHeight: 48,
    sendBoxButtonColor: '#1d4f6e',
    sendBoxTextColor: '#1b1f23',
    sendBoxBorderTop: '2px solid #1b1f23',
    suggestedActionLayout: 'flow',
    suggestedActionHeight: 44,
    timestampColor: '#454c53',
    subtle: '#454c53',
    hideUploadButton: true,
    botAvatarInitials: 'RG',
    userAvatarInitials: 'You'
  };

  function start() {
    return session
      .then(function (session) {
        var directLineOptions = { token: session.token };
        if (session.domain) directLineOptions.domain = new URL(session.domain, tokenUrl).href.replace(/\/$/, '');
        if (session.webSocket === false) directLineOptions.webSocket = false;
        var directLine = window.WebChat.createDirectLine(directLineOptions);
        directLine.connectionStatus$.subscribe(function (state) {
          // 2 = online, 3 = expired token, 4 = failed to connect (botframework-directlinejs ConnectionStatus).
          if (state === 2) say('Connected. Type your question in the box at the bottom of the chat.');
          if (state === 3 || state === 4) say('The chat has lost its connection. Reload the page to start again. In an emergency call 999.', true);
        });
        window.WebChat.renderWebChat({
          directLine: directLine,
          locale: 'en-GB',
          role: 'region',
          styleOptions: styleOptions
        }, container);
      });
  }

  // Deferred scripts (webchat.js) have run by DOMContentLoaded.
  document.addEventListener('DOMContentLoaded', function () {
    status = document.getElementById('chat-status');
    container = document.getElementById('chat');
    start().catch(function (error) {
      say(error.message + ' You can still use the helpline quick lookup. In an emergency call 999.', true);
    });
  });
})();

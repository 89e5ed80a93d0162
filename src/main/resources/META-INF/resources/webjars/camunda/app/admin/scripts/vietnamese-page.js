// Loaded by config.js (customScripts): the page is Vietnamese, whatever Camunda's index.html declares.
document.documentElement.setAttribute('lang', 'vi');

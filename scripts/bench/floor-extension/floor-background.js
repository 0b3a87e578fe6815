/* global chrome -- the browser's own extension API: this extension is plain files, loaded unbuilt */
// The toolbar click as Sidenote's background takes it: the tab's script injected on activeTab.
chrome.action.onClicked.addListener((tab) => {
  if (tab.id !== undefined)
    void chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['floor-content.js'] });
});

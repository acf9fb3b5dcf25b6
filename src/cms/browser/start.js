// Last, once every part is in place: what is said after a reload, and Decap started (it waits: CMS_MANUAL_INIT).
sayJustSaved();
showOpenedEntryProblems();
// Until it has come, a delete is refused as not checked (refuseLinkedRemoval), never let through.
loadKnownForEntry();
CMS.init();

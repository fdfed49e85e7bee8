// Reading preferences (适老化): shared by the layout's inline restore script and the client
// switches, so both use one key per preference.
export const TEXT_SIZE_STORAGE_KEY = "fazhi-text-size";
export const CONTRAST_STORAGE_KEY = "fazhi-contrast";

export const TEXT_SIZE_RESTORE_SCRIPT = `try{var d=document.documentElement;if(localStorage.getItem(${JSON.stringify(TEXT_SIZE_STORAGE_KEY)})==="large")d.dataset.textSize="large";if(localStorage.getItem(${JSON.stringify(CONTRAST_STORAGE_KEY)})==="high")d.dataset.contrast="high"}catch(e){}`;

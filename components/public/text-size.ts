// Shared by the layout's inline restore script and the client switch, so both use one key.
export const TEXT_SIZE_STORAGE_KEY = "fazhi-text-size";

export const TEXT_SIZE_RESTORE_SCRIPT = `try{if(localStorage.getItem(${JSON.stringify(TEXT_SIZE_STORAGE_KEY)})==="large")document.documentElement.dataset.textSize="large"}catch(e){}`;

// The texts are not editable, yet the caret must move with the arrow keys (Chromium keeps no caret in a
// readonly textarea), so they stay writable and every edit is refused before it happens.
function refuseEdits(textarea) {
    textarea.addEventListener("beforeinput", e => e.preventDefault());
    textarea.addEventListener("drop", e => e.preventDefault());
}

export function placeCarets(source, sourceOffset, target, targetOffset) {
    refuseEdits(source);
    refuseEdits(target);
    source.setSelectionRange(sourceOffset, sourceOffset);
    target.setSelectionRange(targetOffset, targetOffset);
    source.focus();
}

export function carets(source, target) {
    return [source.selectionStart ?? 0, target.selectionStart ?? 0];
}

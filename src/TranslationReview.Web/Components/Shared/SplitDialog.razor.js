export function placeCarets(source, sourceOffset, target, targetOffset) {
    source.setSelectionRange(sourceOffset, sourceOffset);
    target.setSelectionRange(targetOffset, targetOffset);
    source.focus();
}

export function carets(source, target) {
    return [source.selectionStart ?? 0, target.selectionStart ?? 0];
}

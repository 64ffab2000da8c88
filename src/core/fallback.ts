import { html, nothing } from 'lit';

/**
 * The contract's fallback: every light-DOM child other than `<script>` and
 * `<template>` (a `<style>` shows nothing either). The page shows it before
 * the element is defined and wherever the script never runs; once the
 * element renders, its shadow root has no default slot, so the fallback is
 * neither seen nor in the accessibility tree, and the element slots it
 * back only where it shows no widget of its own (error and empty states).
 */
export function hasFallback(host: Element): boolean {
  for (const node of host.childNodes) {
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) return true;
    if (node instanceof Element && !['SCRIPT', 'TEMPLATE', 'STYLE'].includes(node.tagName)) return true;
  }
  return false;
}

/** The fallback slotted back in, or nothing when the host has none. */
export function renderFallback(host: Element): unknown {
  return hasFallback(host) ? html`<div part="fallback" class="page-content"><slot></slot></div>` : nothing;
}

// Small DOM helpers. The dashboard's one rule: every value from the API enters the page as text
// (textContent, text nodes), never as HTML, whatever the Content-Security-Policy would stop.

export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "data") Object.assign(node.dataset, value);
    else if (key === "style") Object.assign(node.style, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function svg(tag, attrs, text) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/**
 * A stored URL, as a link only where the API gave its `link` (an http(s) URL it checked:
 * `store/links.py`); any other value (javascript:, data:, ...) is shown as plain text.
 */
export function urlNode(url, link) {
  if (link) {
    return el("a", { href: link, rel: "noopener noreferrer", target: "_blank", class: "url" }, url);
  }
  return el("span", { class: "url unlinked", title: "not an http(s) address: shown as text" },
    String(url));
}

export function number(n) {
  return (n || 0).toLocaleString("en-US");
}

export function placeLabel(loc) {
  if (!loc) return "";
  return [loc.name, loc.admin1 && loc.admin1 !== loc.name ? loc.admin1 : null, loc.country]
    .filter(Boolean).join(", ");
}

export function actorNames(actors) {
  return (actors || []).map((a) => a.name).join(", ");
}

// The "Print" button of printable pages (templates/core/_print_button.html). Without JavaScript the button
// stays hidden and the browser's own Print command prints the same page with print.css.
document.querySelectorAll("[data-print]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});

// Session record page: a click on a body chart outline toggles its area checkbox (the checkboxes are the real
// controls, for keyboards and without JavaScript), and the sign form asks for confirmation.
document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-body-chart]').forEach((chart) => {
        const boxOf = (path) => document.getElementById('area-' + path.dataset.region);
        const paint = () => chart.querySelectorAll('[data-region]').forEach((path) => {
            const box = boxOf(path);
            if (box) {
                path.classList.toggle('is-selected', box.checked);
            }
        });
        chart.querySelectorAll('[data-region]').forEach((path) => path.addEventListener('click', () => {
            const box = boxOf(path);
            if (box) {
                box.checked = !box.checked;
                box.dispatchEvent(new Event('change', { bubbles: true }));
            }
        }));
        chart.addEventListener('change', paint);
    });
    document.querySelectorAll('form[data-confirm]').forEach((form) => form.addEventListener('submit', (event) => {
        if (!window.confirm(form.dataset.confirm)) {
            event.preventDefault();
        }
    }));
});

// /admin/catalog and /admin/catalog/preview are one page: the preview leaves out what edits and loads its own script.
function failed(e) {
  document.getElementById('status').textContent = e.message;
}

if (location.pathname.endsWith('/preview')) {
  document.querySelector('title').dataset.text = 'previewTab';
  document.querySelector('h1').dataset.text = 'previewTitle';
  document.querySelectorAll('header nav a').forEach(a => {
    if (a.getAttribute('href') === location.pathname) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  document.querySelectorAll('[data-editor-only]').forEach(n => n.remove());
  import('/catalog-preview.js').catch(failed);
} else {
  import('/catalog-editor.js').catch(failed);
}

import {html, render} from './ui.js';
import {Console} from './console.js';

const app = document.getElementById('app');
app.textContent = ''; // the page's "Loading" line: Preact adds to what is there
render(html`<${Console} />`, app);

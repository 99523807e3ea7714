import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { browserApi } from '@/components/browser-api';
import '@/components/dealmark.css';

// From the toolbar the popup reads the page at once; `popup.html?tab=ID` shows a given tab without reading it.
const autoRead = !new URLSearchParams(location.search).has('tab');
render(<Popup api={browserApi()} autoRead={autoRead} />, document.getElementById('app')!);

import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { browserApi } from '@/components/browser-api';
import '@/components/dealmark.css';

render(<Popup api={browserApi()} />, document.getElementById('app')!);

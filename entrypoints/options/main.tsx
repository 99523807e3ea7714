import { render } from 'preact';
import { Options, exportFromHash } from '@/components/Options';
import { browserApi } from '@/components/browser-api';
import '@/components/dealmark.css';

render(<Options api={browserApi()} autoExport={exportFromHash(location.hash)} />, document.getElementById('app')!);

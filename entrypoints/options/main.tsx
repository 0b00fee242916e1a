import { render } from 'preact';

render(<p>Konteks</p>, document.getElementById('app') as HTMLElement);

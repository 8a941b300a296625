/**
 * The start-up reference: the smallest React page with the same toolchain
 * (Vite + @vitejs/plugin-react, React 19, StrictMode, createRoot) and the same
 * thing to wait for as the app's home screen: a "New configuration" button.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './style.css';

function Home() {
  const [count, setCount] = useState(0);
  return (
    <main>
      <h1>Reference</h1>
      <button type="button" onClick={() => setCount(count + 1)}>
        New configuration
      </button>
      <p>{count}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Home />
  </StrictMode>,
);

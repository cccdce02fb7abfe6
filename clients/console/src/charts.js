// Chart.js, loaded when a page first draws a chart (the first load of the console stays small). Its
// UMD bundle from the WebJar sets the global Chart; a script element from our own origin is what
// the page's policy allows.

let loading = null;

/** @returns {Promise<any>} Chart.js's Chart class */
export function chartLibrary() {
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL('lib/chart/chart.umd.min.js', document.baseURI).href;
      script.onload = () => resolve(window.Chart);
      script.onerror = () => { loading = null; reject(new Error('Chart.js did not load')); };
      document.head.append(script);
    });
  }
  return loading;
}

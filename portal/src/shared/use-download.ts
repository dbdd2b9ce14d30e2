import { ref } from 'vue';
import { currentToken } from './session';

/** Name from Content-Disposition, e.g. attachment; filename="paypal-USD-1.csv". */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1] : fallback;
}

/**
 * Downloads a file the API serves under /exports with the session's bearer token (a plain link
 * cannot send it), then hands it to the browser as a download.
 */
export function useDownload() {
  const downloading = ref(false);
  const error = ref<string | null>(null);

  async function download(url: string, fallbackName: string, init: RequestInit = {}) {
    downloading.value = true;
    error.value = null;
    try {
      const token = currentToken();
      const response = await fetch(url, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });
      if (!response.ok) {
        const text = await response.text();
        let message = `${response.status} ${response.statusText}`;
        try {
          const body = JSON.parse(text) as { errors?: { message?: string }[]; message?: string };
          message = body.errors?.[0]?.message ?? body.message ?? message;
        } catch {
          if (text) message = text.slice(0, 200);
        }
        throw new Error(message);
      }
      const blob = await response.blob();
      const name = filenameFromDisposition(response.headers.get('content-disposition'), fallbackName);
      const href = URL.createObjectURL(blob);
      const anchor = document.createElement('a');
      anchor.href = href;
      anchor.download = name;
      document.body.appendChild(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
      return { name, headers: response.headers };
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
      return null;
    } finally {
      downloading.value = false;
    }
  }
  return { download, downloading, error };
}

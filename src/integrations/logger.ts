// Astro's terminal output (astro.config `logger`), minus the content layer's
// English schema errors («data does not match collection schema»): the content
// checker reports the same problems in Norwegian, with file, line and what to
// write instead (src/integrations/content-check.ts), so the editor reads one
// report, not two in two languages.
import type { AstroLoggerDestination, AstroLoggerLevel, AstroLoggerMessage } from 'astro';
import nodeLogger from 'astro/logger/node';

/** A schema error from Astro's content layer; the checker runs the same schemas. */
export function isContentSchemaError(event: AstroLoggerMessage): boolean {
  return event.level === 'error' && event.message.includes('does not match collection schema');
}

export default function logger(config?: { level?: AstroLoggerLevel }): AstroLoggerDestination {
  const terminal = nodeLogger(config);
  return {
    write(event) {
      if (!isContentSchemaError(event)) terminal.write(event);
    },
  };
}

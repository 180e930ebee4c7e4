import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/discovery';
import urls from '../shared/urls';

export const GET: APIRoute = () => new Response(robotsTxt(urls), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

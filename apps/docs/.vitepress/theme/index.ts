// VitePress's default theme, with the colours of custom.css (WCAG 2.1 AA contrast).
import DefaultTheme from 'vitepress/theme';
import './custom.css';

export default DefaultTheme;

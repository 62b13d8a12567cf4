const fs=require('fs');const onig=require('vscode-oniguruma');const tm=require('vscode-textmate');
(async()=>{const w=fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));await onig.loadWASM(w.buffer.slice(w.byteOffset,w.byteOffset+w.byteLength));
const G={'text.html.markdown':'/work/main/.vscode-test/code-server/node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json','text.html.derivative':'/work/main/.vscode-test/code-server/node_modules/code-server/lib/vscode/extensions/html/syntaxes/html-derivative.tmLanguage.json','text.html.basic':'/work/main/.vscode-test/code-server/node_modules/code-server/lib/vscode/extensions/html/syntaxes/html.tmLanguage.json','text.html.markdown.sxs':'syntaxes/sxs-markdown.tmLanguage.json'};
const r=new tm.Registry({onigLib:Promise.resolve({createOnigScanner:p=>new onig.OnigScanner(p),createOnigString:s=>new onig.OnigString(s)}),loadGrammar:async s=>G[s]?tm.parseRawGrammar(fs.readFileSync(G[s],'utf8'),G[s]):null,getInjections:s=>s==='text.html.markdown'?['text.html.markdown.sxs']:undefined});
const g=await r.loadGrammar('text.html.markdown');let st=tm.INITIAL;
for (const line of process.argv[2].split('\\n')){const res=g.tokenizeLine(line,st);st=res.ruleStack;for(const t of res.tokens)console.log(JSON.stringify(line.slice(t.startIndex,t.endIndex)),t.scopes.slice(1).join(' '));}
})();

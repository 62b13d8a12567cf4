-- Drives the sxs-docs language server from Neovim's built-in LSP client, headless:
--   nvim --headless -n -i NONE -u NONE -l … is not in Neovim 0.7, so: nvim --headless -n -i NONE -u NONE -c 'luafile client.lua'
-- Reads its inputs from the environment, waits on events with deadlines (vim.wait runs the
-- event loop until a condition holds), and writes what it received to SXS_NVIM_OUT as JSON.
local server = os.getenv('SXS_SERVER')
local root = os.getenv('SXS_ROOT')
local file = os.getenv('SXS_FILE')
local out_file = os.getenv('SXS_NVIM_OUT')
local needle = os.getenv('SXS_HOVER_AT')
local wait_code = os.getenv('SXS_WAIT_CODE')
local deadline = tonumber(os.getenv('SXS_DEADLINE_MS') or '30000')

local out = { publishes = {}, hover = vim.NIL, errors = {}, initialized = false }

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(out) }, out_file)
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  local client_id = vim.lsp.start_client({
    name = 'sxs-docs',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'workspace' } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, result)
        local items = {}
        for _, d in ipairs(result.diagnostics) do
          table.insert(items, { code = d.code, message = d.message, line = d.range.start.line, source = d.source })
        end
        table.insert(out.publishes, { uri = result.uri, diagnostics = items })
      end,
    },
    on_error = function(code) table.insert(out.errors, 'client error ' .. tostring(code)) end,
  })
  if not client_id then error('the server did not start') end

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  vim.lsp.buf_attach_client(0, client_id)
  local uri = vim.uri_from_bufnr(0)

  local function has_code(code)
    for _, p in ipairs(out.publishes) do
      if p.uri == uri then
        for _, d in ipairs(p.diagnostics) do
          if d.code == code then return true end
        end
      end
    end
    return false
  end

  -- The first diagnostics of the file, then (when asked) one that needs the locale index.
  if not vim.wait(deadline, function() return #out.publishes > 0 end, 20) then error('no diagnostics arrived') end
  if wait_code and not vim.wait(deadline, function() return has_code(wait_code) end, 20) then
    error('no ' .. wait_code .. ' diagnostic arrived')
  end
  out.initialized = vim.lsp.get_client_by_id(client_id).initialized ~= false

  -- Hover on the first occurrence of the needle.
  local lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
  for i, line in ipairs(lines) do
    local col = line:find(needle, 1, true)
    if col then
      local responses = vim.lsp.buf_request_sync(0, 'textDocument/hover', {
        textDocument = { uri = uri },
        -- Columns are UTF-16 code units in LSP; the needle is ASCII and so is the line before it here.
        position = { line = i - 1, character = vim.str_utfindex(line, col - 1) },
      }, deadline)
      for _, r in pairs(responses or {}) do
        if r.result then out.hover = r.result end
        if r.err then table.insert(out.errors, vim.inspect(r.err)) end
      end
      break
    end
  end
  vim.lsp.stop_client(client_id)
end)
if not ok then table.insert(out.errors, tostring(err)) end
finish()
